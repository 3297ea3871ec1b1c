"""Data access: one module per aggregate. Nothing here knows about HTTP or LINE."""
