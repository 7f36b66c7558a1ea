"""Rules that inputs must follow: each returns issues as codes and parameters, never sentences."""
