"""The local stack: the whole system on one laptop (`python -m local`, `make run`)."""
