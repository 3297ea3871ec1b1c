"""Shared code of the LINE CRM: domain rules (domain/), data access (dal/), settings, LINE access
and observability. Shipped to Lambda as the `shared` layer; on a laptop it is on sys.path."""
