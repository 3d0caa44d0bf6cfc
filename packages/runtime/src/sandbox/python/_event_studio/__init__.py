"""Event Studio's sandbox internals: the platform objects handlers see and the runner that calls them."""
