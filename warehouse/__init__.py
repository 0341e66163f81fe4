"""akhbar.warehouse: Parquet tables and the DuckDB views over them."""

from akhbar.warehouse.store import Warehouse, WarehouseLocked, WarehouseMissing

__all__ = ["Warehouse", "WarehouseLocked", "WarehouseMissing"]
