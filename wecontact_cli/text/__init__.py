"""Reading project files exactly: one guarded reader, decoding, positions, safe display."""
