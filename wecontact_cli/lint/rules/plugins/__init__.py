"""WC1xx: the chain from a plugin declaration to the registration a page uses."""
