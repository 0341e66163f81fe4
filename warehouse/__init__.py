"""akhbar.warehouse: Parquet tables and the DuckDB views over them; `open_warehouse(url)` opens one."""

from akhbar.warehouse.store import DUCKDB_TYPES, Warehouse, WarehouseLocked, WarehouseMissing, open_warehouse

__all__ = ["DUCKDB_TYPES", "Warehouse", "WarehouseLocked", "WarehouseMissing", "open_warehouse"]
