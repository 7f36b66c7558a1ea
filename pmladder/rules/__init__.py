"""Rules that data must follow beyond its schema: pure functions from a model and its document to issues."""
