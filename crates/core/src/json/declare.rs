//! The declarations: [`json_struct!`] generates a struct's reader and writer
//! from one list of its fields, [`json_enum!`] a unit enum's from one list of
//! its names. Each JSON key is written once, next to its field, with what the
//! reader and the writer do with it.
//!
//! [`json_struct!`]: crate::json_struct
//! [`json_enum!`]: crate::json_enum

/// Declares how a struct is read from and written to JSON, one line per
/// field, in the order the fields are written:
///
/// ```
/// # use ziping_core::json::{parse, to_json, At, FromJson};
/// #[derive(Debug, Default, PartialEq)]
/// pub struct Note {
///     pub id: String,
///     pub text: String,
///     pub tags: Vec<String>,
///     pub pinned: Option<u32>,
///     pub size: u32,
/// }
///
/// ziping_core::json_struct! {
///     Note [strict, fill] {
///         id: "id" [required],            // missing: 缺少“id”。
///         text: "body",                    // the key differs from the field
///         tags: "tags" [skip_empty],       // left out of the file when empty
///         pinned: "pinned" [skip_none],
///         size: "size" = 12,               // missing: 12, not 0
///     }
/// }
///
/// let n = Note::read(&parse(r#"{"id": "n1", "body": "x"}"#).unwrap(), At::ROOT).unwrap();
/// assert_eq!(to_json(&n), r#"{"id":"n1","body":"x","size":12}"#);
/// assert_eq!(Note::KEYS, ["id", "body", "tags", "pinned", "size"]);
/// let typo = parse(r#"{"id": "n1", "bdy": "x"}"#).unwrap();
/// assert_eq!(Note::read(&typo, At::ROOT).unwrap_err(), "“bdy”不是可用的字段。");
/// ```
///
/// Each field: `name: "key"`, then its options in brackets, then
/// `= default` for a missing optional field (else its type's default):
///
/// - `required`: a missing key is refused (缺少“key”。); else it may be
///   missing.
/// - `skip_empty`, `skip_none`, `skip_false`: not written when the value is
///   empty (`is_empty()`), `None` or `false`; else always written.
/// - `first`: read before the fields without it, so a file with several
///   faults names this one (readers keep the order they had by hand).
/// - `lenient`: a value that does not read is left at the default instead
///   of refusing the whole (only with `fill`).
///
/// Options of the type, in brackets after its name:
///
/// - `strict`: a key not declared is refused (`…不是可用的字段。`), before
///   any field is read: a typo in a file a person edits must not pass.
/// - `fill`: the reader starts from the type's `Default` (with the `=`
///   defaults) and fills it field by field; a fault then drops one value.
///   Without it the fields are read one by one and the value is built at
///   the end (for a type with no `Default`).
///
/// An option the macro does not know is an error of the build, not
/// ignored (here a field that would always be written):
///
/// ```compile_fail
/// #[derive(Debug, Default, PartialEq)]
/// pub struct Note {
///     pub tags: Vec<String>,
/// }
///
/// ziping_core::json_struct! {
///     Note [fill] {
///         tags: "tags" [skip_emtpy],
///     }
/// }
/// ```
///
/// A trailing `check { "key": Type, … }` lists keys read only to check
/// their type, never kept nor written (schema 1's fields: the migration
/// reads their values from the parsed file).
///
/// The reader and writer name every field of the struct without `..`, so
/// a field added to the type and not declared here does not compile. The
/// type gets `KEYS` (the declared keys in order, what the writer may write)
/// and `READ_KEYS` (those and the checked ones: what a strict reader
/// accepts).
#[macro_export]
macro_rules! json_struct {
    (
        $ty:ident $([$($topt:ident),* $(,)?])? {
            $( $f:ident : $key:literal $([$($opt:ident),* $(,)?])? $(= $default:expr)? ),* $(,)?
        }
        $(check { $( $ckey:literal : $cty:ty ),* $(,)? })?
    ) => {
        $crate::__json_options!(type $ty [$($($topt)*)?]);
        $( $crate::__json_options!(field $f [$($($opt)*)?]); )*

        // (A private type, such as a mirror of a model type, may not use them.)
        #[allow(dead_code)]
        impl $ty {
            /// The JSON keys declared for this type, in the order written.
            pub const KEYS: &'static [&'static str] = &[$($key),*];
            /// The keys its reader knows: [`Self::KEYS`] and those it only
            /// checks.
            pub const READ_KEYS: &'static [&'static str] = &[$($key,)* $($($ckey),*)?];
        }

        impl $crate::json::FromJson for $ty {
            fn read(v: &$crate::json::Value, at: $crate::json::At) -> $crate::json::Read<Self> {
                let o = $crate::json::Obj::new(v, at)?;
                $crate::__json_if!(strict in [$($($topt)*)?] { o.only(Self::READ_KEYS)?; } else {});
                $crate::__json_if!(fill in [$($($topt)*)?] {{
                    let mut value = $ty {
                        $($( $f: $default, )?)*
                        ..::core::default::Default::default()
                    };
                    let $ty { $($f),* } = &mut value;
                    $( $crate::__json_if!(first in [$($($opt)*)?] {
                        $crate::__json_fill!(o $key $f [$($($opt)*)?]);
                    } else {}); )*
                    $( $crate::__json_if!(first in [$($($opt)*)?] {} else {
                        $crate::__json_fill!(o $key $f [$($($opt)*)?]);
                    }); )*
                    $($( o.check::<$cty>($ckey)?; )*)?
                    Ok(value)
                }} else {{
                    $( $crate::__json_if!(first in [$($($opt)*)?] {
                        let $f = $crate::__json_take!(o $key [$($($opt)*)?] $($default)?);
                    } else {}); )*
                    $( $crate::__json_if!(first in [$($($opt)*)?] {} else {
                        let $f = $crate::__json_take!(o $key [$($($opt)*)?] $($default)?);
                    }); )*
                    $($( o.check::<$cty>($ckey)?; )*)?
                    Ok($ty { $($f),* })
                }})
            }
        }

        impl $crate::json::ToJson for $ty {
            fn write(&self, out: &mut $crate::json::Out) {
                let $ty { $($f),* } = self;
                let mut fields = out.object();
                $( $crate::__json_put!(fields $key $f [$($($opt)*)?]); )*
                fields.end();
            }
        }
    };
}

/// Declares the names a unit enum is written as, one per variant: `name()`
/// is a `match` over them, so a variant without a name does not compile,
/// and the reader accepts exactly these names (a wrong one is refused with
/// them all: `…应是以下之一：done、ongoing。`).
///
/// ```
/// # use ziping_core::json::{parse, to_json, At, FromJson};
/// #[derive(Debug, Clone, Copy, PartialEq)]
/// pub enum Light { Red, Green, Amber }
///
/// ziping_core::json_enum! {
///     Light { Red = "red", Green = "green", Amber = "amber" }
/// }
///
/// assert_eq!(to_json(&vec![Light::Red, Light::Amber]), r#"["red","amber"]"#);
/// let wrong = parse(r#""blue""#).unwrap();
/// assert_eq!(Light::read(&wrong, At::ROOT).unwrap_err(), "文件应是以下之一：red、green、amber。");
/// ```
///
/// The same enum with `Amber` left out of the names: not an empty name in a
/// file, but an error of the build (E0004, `Light::Amber` not covered by
/// `name()`'s `match`):
///
/// ```compile_fail,E0004
/// # use ziping_core::json::{parse, to_json, At, FromJson};
/// #[derive(Debug, Clone, Copy, PartialEq)]
/// pub enum Light { Red, Green, Amber }
///
/// ziping_core::json_enum! {
///     Light { Red = "red", Green = "green" }
/// }
///
/// assert_eq!(to_json(&vec![Light::Red, Light::Amber]), r#"["red","amber"]"#);
/// ```
#[macro_export]
macro_rules! json_enum {
    ($ty:ident { $( $variant:ident = $name:literal ),+ $(,)? }) => {
        impl $ty {
            /// The name this value is written as.
            pub fn name(self) -> &'static str {
                match self {
                    $( $ty::$variant => $name, )+
                }
            }

            /// Every name with its value, in the order declared.
            pub const NAMES: &'static [(&'static str, $ty)] = &[$( ($name, $ty::$variant) ),+];
        }

        impl $crate::json::FromJson for $ty {
            fn read(v: &$crate::json::Value, at: $crate::json::At) -> $crate::json::Read<Self> {
                $crate::json::one_of(v, at, Self::NAMES)
            }
        }

        impl $crate::json::ToJson for $ty {
            fn write(&self, o: &mut $crate::json::Out) {
                o.string(self.name());
            }
        }
    };
}

/// `$then` when `$flag` is among the options, else `$else`.
#[doc(hidden)]
#[macro_export]
macro_rules! __json_if {
    (strict in [strict $($r:ident)*] {$($t:tt)*} else {$($e:tt)*}) => { $($t)* };
    (fill in [fill $($r:ident)*] {$($t:tt)*} else {$($e:tt)*}) => { $($t)* };
    (first in [first $($r:ident)*] {$($t:tt)*} else {$($e:tt)*}) => { $($t)* };
    (required in [required $($r:ident)*] {$($t:tt)*} else {$($e:tt)*}) => { $($t)* };
    (lenient in [lenient $($r:ident)*] {$($t:tt)*} else {$($e:tt)*}) => { $($t)* };
    ($flag:ident in [$other:ident $($r:ident)*] {$($t:tt)*} else {$($e:tt)*}) => {
        $crate::__json_if!($flag in [$($r)*] {$($t)*} else {$($e)*})
    };
    ($flag:ident in [] {$($t:tt)*} else {$($e:tt)*}) => { $($e)* };
}

/// Refuses an option the declaration does not know (a typo would otherwise
/// be ignored, e.g. a field always written).
#[doc(hidden)]
#[macro_export]
macro_rules! __json_options {
    (type $on:ident []) => {};
    (type $on:ident [strict $($r:ident)*]) => { $crate::__json_options!(type $on [$($r)*]); };
    (type $on:ident [fill $($r:ident)*]) => { $crate::__json_options!(type $on [$($r)*]); };
    (field $on:ident []) => {};
    (field $on:ident [required $($r:ident)*]) => { $crate::__json_options!(field $on [$($r)*]); };
    (field $on:ident [first $($r:ident)*]) => { $crate::__json_options!(field $on [$($r)*]); };
    (field $on:ident [lenient $($r:ident)*]) => { $crate::__json_options!(field $on [$($r)*]); };
    (field $on:ident [skip_empty $($r:ident)*]) => { $crate::__json_options!(field $on [$($r)*]); };
    (field $on:ident [skip_none $($r:ident)*]) => { $crate::__json_options!(field $on [$($r)*]); };
    (field $on:ident [skip_false $($r:ident)*]) => { $crate::__json_options!(field $on [$($r)*]); };
    ($what:ident $on:ident [$other:ident $($r:ident)*]) => {
        ::core::compile_error!(::core::concat!(
            "json_struct!: `", ::core::stringify!($other), "` is not an option of a ",
            ::core::stringify!($what), " (at `", ::core::stringify!($on), "`)"
        ));
    };
}

/// Reads one field into its slot of the value being filled.
#[doc(hidden)]
#[macro_export]
macro_rules! __json_fill {
    ($o:ident $key:literal $slot:ident [$($opt:ident)*]) => {
        $crate::__json_if!(lenient in [$($opt)*] {
            // A fault leaves the slot as it was: the default.
            let _ = $o.get($key, $slot);
        } else {
            $crate::__json_if!(required in [$($opt)*] {
                $o.need($key, $slot)?;
            } else {
                $o.get($key, $slot)?;
            })
        })
    };
}

/// Reads one field as a value.
#[doc(hidden)]
#[macro_export]
macro_rules! __json_take {
    ($o:ident $key:literal [$($opt:ident)*]) => {
        $crate::__json_if!(lenient in [$($opt)*] {
            ::core::compile_error!("json_struct!: `lenient` needs the type's `fill`")
        } else {
            $crate::__json_if!(required in [$($opt)*] { $o.req($key)? } else { $o.opt($key)? })
        })
    };
    ($o:ident $key:literal [$($opt:ident)*] $default:expr) => {
        $crate::__json_if!(required in [$($opt)*] {
            ::core::compile_error!("json_struct!: a required field has no default")
        } else {
            match $o.maybe($key)? {
                Some(v) => v,
                None => $default,
            }
        })
    };
}

/// Writes one field, or leaves it out where its option says so.
#[doc(hidden)]
#[macro_export]
macro_rules! __json_put {
    ($w:ident $key:literal $f:ident []) => { $w.field($key, $f); };
    ($w:ident $key:literal $f:ident [skip_empty $($r:ident)*]) => {
        $w.field_unless($f.is_empty(), $key, $f);
    };
    ($w:ident $key:literal $f:ident [skip_none $($r:ident)*]) => {
        $w.field_unless($f.is_none(), $key, $f);
    };
    ($w:ident $key:literal $f:ident [skip_false $($r:ident)*]) => {
        $w.field_unless(!*$f, $key, $f);
    };
    ($w:ident $key:literal $f:ident [$other:ident $($r:ident)*]) => {
        $crate::__json_put!($w $key $f [$($r)*]);
    };
}
