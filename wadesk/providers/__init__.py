"""One adapter per gateway behind one interface (``base.Provider``)."""
