"""Placeholder for the `validate` command module (being built in this session)."""

from __future__ import annotations
