"""Reading and writing files: YAML documents with positions, pydantic errors as issues, the one ladder load path."""
