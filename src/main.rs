fn main() {
    ziping::run();
}
