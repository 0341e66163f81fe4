"""akhbar.report: the HTML report of a warehouse, rendered from Jinja2 templates."""
