"""Placeholder for the `assess` command module (being built in this session)."""

from __future__ import annotations
