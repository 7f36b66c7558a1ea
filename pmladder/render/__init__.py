"""Renderers: results as Rich renderables, Markdown and JSON (never prompts)."""
