"""The CDK app's stack and its constructs, one per capability (see docs/deploy.md)."""
