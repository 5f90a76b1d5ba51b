"""WC2xx: the attributes and events written on the contact cell."""
