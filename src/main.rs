fn main() { ziping::run(); }
