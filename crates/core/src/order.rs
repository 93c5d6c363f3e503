//! One stable sort for the app's lists. Each `sort_by` of std is its own
//! copy of the sort's code for each closure it is called with (docs/size.md);
//! here the sort runs once, over positions, and only the putting back in
//! order is written per type.

use std::cmp::Ordering;

/// The positions `0..n` in the order `cmp` gives them, ties in position
/// order.
fn positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut at: Vec<usize> = (0..n).collect();
    at.sort_by(|&a, &b| cmp(a, b));
    at
}

/// `v` sorted by `cmp`, stably (equal elements keep their order), as
/// `v.sort_by(cmp)` would.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let at = positions(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut taken: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(at.into_iter().filter_map(|i| taken[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_as_std_does() {
        let words = [
            "pear", "fig", "apple", "kiwi", "plum", "date", "lime", "yuzu", "", "fig",
        ];
        let mut ours: Vec<(usize, &str)> = words.iter().copied().enumerate().collect();
        let mut std_: Vec<(usize, &str)> = ours.clone();
        sort_by(&mut ours, |a, b| a.1.len().cmp(&b.1.len()));
        std_.sort_by_key(|a| a.1.len());
        assert_eq!(ours, std_);
        // Ties in their first order: fig (1) before fig (9), pear before kiwi.
        assert_eq!(ours[0], (8, ""));
        assert_eq!(ours[1], (1, "fig"));
        assert_eq!(ours[2], (9, "fig"));
        assert_eq!(ours[3], (0, "pear"));
    }

    #[test]
    fn an_empty_and_a_single_list_stay_as_they_are() {
        let mut none: Vec<String> = Vec::new();
        sort_by(&mut none, |a, b| a.cmp(b));
        assert!(none.is_empty());
        let mut one = vec![String::from("一")];
        sort_by(&mut one, |a, b| b.cmp(a));
        assert_eq!(one, ["一"]);
    }

    #[test]
    fn a_long_list_reversed() {
        let mut v: Vec<u32> = (0..1000).collect();
        sort_by(&mut v, |a, b| b.cmp(a));
        assert!(v.windows(2).all(|w| w[0] > w[1]));
        assert_eq!(v.len(), 1000);
    }
}
