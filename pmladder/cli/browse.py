"""Placeholder for the `browse` command module (being built in this session)."""

from __future__ import annotations
