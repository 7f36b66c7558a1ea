"""Bundled scorecard templates; this folder ships inside the wheel as the ``pmladder.scorecards`` package."""
