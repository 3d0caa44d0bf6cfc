// Public surface of bundle/.
