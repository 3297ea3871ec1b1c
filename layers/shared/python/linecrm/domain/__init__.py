"""Business rules as plain Python: no AWS, no HTTP."""
