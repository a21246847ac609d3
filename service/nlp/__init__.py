"""Pure text-processing helpers: no I/O at import, data passed in."""
