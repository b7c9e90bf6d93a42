"""Table models, updated incrementally (``dataChanged``, ``beginInsertRows``), never reset for an update."""
