"""Bundled ladder files; this folder ships inside the wheel as the ``pmladder.ladders`` package."""
