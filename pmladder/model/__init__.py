"""Pydantic models: the ladder file, the taxonomy, answers, results and issues."""
