//! Chart geometry, computed here and drawn as inline SVG by the UI: the
//! four-model radar and the section bars. Pure functions of the scores.

/// A point in SVG user units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    /// "x,y" rounded to 0.1, for SVG `points`.
    pub fn svg(self) -> String {
        format!("{},{}", tenths(self.x), tenths(self.y))
    }
}

/// `v` rounded to one decimal ("12.3"), formatted from integer tenths so the
/// wasm carries no float formatting code.
pub fn tenths(v: f64) -> String {
    let t = (v * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}", t.abs() / 10, t.abs() % 10)
}

/// sin and cos of `x`, by reduction to ±π/4 and Taylor series (error below
/// 1e-15): enough for drawing, and without pulling libm into the wasm.
pub fn sin_cos(x: f64) -> (f64, f64) {
    use std::f64::consts::FRAC_PI_2;
    let k = (x / FRAC_PI_2).round();
    let r = x - k * FRAC_PI_2;
    let r2 = r * r;
    let mut s = r;
    let mut c = 1.0;
    let (mut ts, mut tc) = (r, 1.0);
    for n in 1..=9 {
        let n = f64::from(n);
        ts *= -r2 / ((2.0 * n) * (2.0 * n + 1.0));
        tc *= -r2 / ((2.0 * n - 1.0) * (2.0 * n));
        s += ts;
        c += tc;
    }
    match (k as i64).rem_euclid(4) {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

/// Where a label sits relative to its axis end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Everything needed to draw a radar chart centred at (`c`, `c`).
#[derive(Debug, Clone, PartialEq)]
pub struct Radar {
    /// The outer end of each axis (100 points), first axis straight up,
    /// then clockwise.
    pub axes: Vec<Point>,
    /// Grid rings at 25, 50, 75 and 100 points.
    pub rings: Vec<Vec<Point>>,
    /// The profile polygon; an unscored axis sits at the centre.
    pub shape: Vec<Point>,
    /// Label positions just beyond each axis end, with their anchors.
    pub labels: Vec<(Point, Anchor)>,
}

fn polar(center: f64, radius: f64, i: usize, n: usize) -> Point {
    let (sin, cos) = sin_cos(std::f64::consts::TAU * i as f64 / n as f64);
    Point {
        x: center + radius * sin,
        y: center - radius * cos,
    }
}

/// Radar geometry for scores in 0–100 (`None` = not scored yet), in a square
/// of side `2 * center` with the chart's radius `radius`.
pub fn radar(scores: &[Option<f64>], center: f64, radius: f64) -> Radar {
    let n = scores.len().max(1);
    let at = |i: usize, fraction: f64| polar(center, radius * fraction, i, n);
    let axes = (0..scores.len()).map(|i| at(i, 1.0)).collect();
    let rings = [0.25, 0.5, 0.75, 1.0]
        .iter()
        .map(|&f| (0..scores.len()).map(|i| at(i, f)).collect())
        .collect();
    let shape = scores
        .iter()
        .enumerate()
        .map(|(i, s)| at(i, s.unwrap_or(0.0).clamp(0.0, 100.0) / 100.0))
        .collect();
    let labels = (0..scores.len())
        .map(|i| {
            let p = at(i, 1.18);
            let anchor = if (p.x - center).abs() < 1.0 {
                Anchor::Middle
            } else if p.x > center {
                Anchor::Start
            } else {
                Anchor::End
            };
            (p, anchor)
        })
        .collect();
    Radar {
        axes,
        rings,
        shape,
        labels,
    }
}

/// The length of a bar for `score` (0–100) on a track of `width`.
pub fn bar_width(score: Option<f64>, width: f64) -> f64 {
    score.unwrap_or(0.0).clamp(0.0, 100.0) / 100.0 * width
}
