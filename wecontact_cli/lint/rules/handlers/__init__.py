"""WC3xx: the handlers a cell's events call."""
