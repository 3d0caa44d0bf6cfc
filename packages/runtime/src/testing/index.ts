// Public surface of testing/.
