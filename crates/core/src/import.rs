//! Reading a file the person brings in: a backup (one or many drafts), a
//! single draft, a checklist template, or a department's occasions. Every file is untrusted: it is read
//! completely and checked before anything changes, and nothing changes until
//! the person confirms the returned plan ([`apply_drafts`]).

use std::collections::BTreeSet;
use std::fmt;

use serde_json::Value;

use crate::backup::{BACKUP_FORMAT, BACKUP_VERSION};
use crate::branch::Summary;
use crate::draft::{Draft, DraftError};
use crate::ids::{is_safe_id, DraftId, TemplateId, MAX_ID_LEN};
use crate::json::parse;
use crate::library::{beside, TemplateLibrary};
use crate::naming::imported_name;
use crate::occasion::{Occasion, OccasionError, OccasionSet, OCCASIONS_FORMAT};
use crate::occasion_library::{OccasionLibrary, Placed};
use crate::score::score_template;
use crate::template::{Template, TemplateRef, TEMPLATE_FORMAT};
use crate::validate::TemplateError;

/// The largest file accepted: localStorage holds about 5 MB for ALL file://
/// pages together, so one import may take at most 2 MB.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

/// Why a file cannot be imported. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotText,
    NotJson(String),
    NotOurs,
    NewerBackup(u64),
    Draft {
        name: String,
        error: DraftError,
    },
    Shape(String),
    NoDrafts,
    UnknownTemplate {
        draft: String,
        template: String,
    },
    Template(TemplateError),
    BuiltinTemplateId(String),
    Occasions(OccasionError),
    /// An id outside the safe character set ([`is_safe_id`]).
    UnsafeId {
        what: &'static str,
        id: String,
    },
    /// The draft records a template version this computer does not have.
    UnknownTemplateVersion {
        draft: String,
        template: String,
        version: u32,
    },
    /// Not one draft of the file can be imported; why, for each.
    NoneImportable(Vec<Refused>),
}

/// A draft (or a template a backup carries) that could not be imported,
/// and why. The rest of the file is imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// "草稿“……”" or "模板“……”".
    pub what: String,
    pub error: ImportError,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ImportError::*;
        match self {
            Empty => write!(f, "文件是空的。"),
            TooLarge { bytes } => {
                // Not bytes * 10: a file of 410 MB overflows a 32-bit usize.
                const MB: usize = 1_048_576;
                write!(
                    f,
                    "文件太大（{}.{} MB），最多可导入 2 MB。浏览器为所有本地网页共用约 5 MB 的存储空间。",
                    bytes / MB,
                    bytes % MB * 10 / MB
                )
            }
            NotText => write!(f, "文件不是文本文件，或已损坏、不完整（比如复制时中断），无法读取。请选择本程序导出的 .json 备份或模板文件。"),
            NotJson(e) => write!(f, "文件不是有效的 JSON，可能已损坏或不是本程序导出的文件（{e}）。"),
            NotOurs => write!(
                f,
                "这不是本程序的文件：既不是自评备份，也不是自评模板或场合设置。请选择本程序导出的 .json 文件。"
            ),
            NewerBackup(v) => write!(
                f,
                "这份备份由更新版本的自评程序导出（格式版本 {v}，本程序只认识到版本 {BACKUP_VERSION}）。请使用新版本的程序导入。"
            ),
            Draft { name, error } => write!(f, "草稿“{name}”无法读取：{error}"),
            Shape(e) => write!(f, "文件内容的结构不正确：{e}"),
            NoDrafts => write!(f, "备份文件里没有任何草稿。"),
            UnknownTemplate { draft, template } => write!(
                f,
                "草稿“{draft}”使用的评价模板“{template}”在本机不存在。请先导入该模板，再导入草稿。"
            ),
            Template(e) => write!(f, "模板无法导入：{e}"),
            Occasions(e) => write!(f, "场合设置无法导入：{e}"),
            BuiltinTemplateId(id) => write!(
                f,
                "模板编号“{id}”与内置模板相同，请在模板文件中换一个编号（id）。"
            ),
            UnsafeId { what, id } => write!(
                f,
                "{what}“{}”含有不允许的字符：编号只能由英文字母、数字、“-”和“_”组成，最多 {MAX_ID_LEN} 个字符。请修改文件中的编号（id）后再导入。",
                id.chars().take(40).collect::<String>()
            ),
            UnknownTemplateVersion {
                draft,
                template,
                version,
            } => write!(
                f,
                "草稿“{draft}”使用的是评价模板“{template}”的第 {version} 版，本机没有这一版。请先导入该版模板，再导入草稿。"
            ),
            NoneImportable(refused) => {
                write!(f, "文件中的 {} 份草稿都无法导入：", refused.len())?;
                for r in refused {
                    write!(f, "{}", r.error)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// One draft from the file, checked against what is here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub draft: Draft,
    /// A draft with this id already exists here.
    pub exists: bool,
    /// Answers for items its templates do not have: kept, not scored.
    pub unknown_answers: usize,
}

/// The drafts of a file, and what they bring with them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftsPlan {
    pub incoming: Vec<Incoming>,
    /// The department templates a backup carries that are not here, as they
    /// will be added (one kept beside another under a new id already renamed,
    /// and its drafts pointed at it).
    pub templates: Vec<Template>,
    /// The occasions a backup carries, as read; they are added as an
    /// occasions import is ([`OccasionLibrary::add`]).
    pub occasions: Vec<Occasion>,
    /// "模板“甲”与本机同编号的模板内容不同，已另存为“甲（导入）”。" and the like.
    pub beside: Vec<String>,
    /// What could not be imported, and why.
    pub refused: Vec<Refused>,
    /// Problems given a fresh id (none, or one used twice in a draft).
    pub repaired_ids: usize,
    /// The 支部汇总 a backup carries, read.
    pub branches: Vec<Summary>,
}

/// What the file holds, for the person to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportPlan {
    Drafts(DraftsPlan),
    Template {
        template: Box<Template>,
        /// Where it goes: this id and version with the same content is here
        /// already (nothing changes), it is new, or it is kept beside the one
        /// here (whose drafts keep scoring with it).
        placed: Placed,
    },
    /// A department's occasions, added to those here by id; what becomes of
    /// each, in order.
    Occasions {
        set: Box<OccasionSet>,
        placed: Vec<Placed>,
    },
}

/// The drafts `here` written after the file's copy of them (a backup older
/// than the work since): what 替换 would lose, named before it is chosen.
pub fn newer_here<'a>(
    incoming: &[Incoming],
    here: impl IntoIterator<Item = &'a Draft>,
) -> Vec<&'a str> {
    here.into_iter()
        .filter(|d| {
            incoming
                .iter()
                .any(|i| i.draft.id == d.id && i.draft.modified < d.modified)
        })
        .map(|d| d.name.as_str())
        .collect()
}

/// What to do with a draft whose id already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnConflict {
    /// Import it as a new draft next to the existing one (the default).
    #[default]
    KeepBoth,
    /// Replace the existing draft.
    Replace,
}

fn check_size(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(text)
}

/// The draft's name for messages, if it has a readable one.
fn draft_name(v: &Value) -> String {
    v.get("name")
        .and_then(Value::as_str)
        .unwrap_or("（无名称）")
        .chars()
        .take(40)
        .collect()
}

/// Checks that a template's own, its sections' and its items' ids are safe.
fn check_template_ids(t: &Template) -> Result<(), ImportError> {
    let unsafe_id = |what, id: &str| {
        (!is_safe_id(id)).then(|| ImportError::UnsafeId {
            what,
            id: id.to_string(),
        })
    };
    let bad = unsafe_id("模板编号", &t.id)
        .or_else(|| t.sections.iter().find_map(|s| unsafe_id("部分编号", &s.id)))
        .or_else(|| t.items().find_map(|(_, i)| unsafe_id("条目编号", &i.id)));
    bad.map_or(Ok(()), Err)
}

/// What is here that a file is checked against.
#[derive(Clone, Copy)]
pub struct Here<'a> {
    pub templates: &'a TemplateLibrary,
    pub occasions: &'a OccasionLibrary,
    /// The ids of the drafts here.
    pub drafts: &'a [&'a str],
}

/// Reads and checks a whole file against what is here.
pub fn read_import(bytes: &[u8], here: Here) -> Result<ImportPlan, ImportError> {
    let text = check_size(bytes)?;
    let value = parse(text).map_err(ImportError::NotJson)?;
    // What the file is, from its top-level fields.
    let field = |k| value.get(k).filter(|v| !v.is_null());
    let format = match field("format") {
        None => None,
        Some(Value::String(f)) => Some(f.as_str()),
        Some(_) => return Err(ImportError::NotOurs),
    };
    if format == Some(OCCASIONS_FORMAT) {
        let set = OccasionSet::from_value(&value).map_err(ImportError::Occasions)?;
        let mut after = here.occasions.clone();
        let placed = after.add(set.occasions.clone());
        return Ok(ImportPlan::Occasions {
            set: Box::new(set),
            placed,
        });
    }
    if format == Some(TEMPLATE_FORMAT) {
        let template = Template::from_value(&value).map_err(ImportError::Template)?;
        check_template_ids(&template)?;
        if here.templates.is_builtin(&template.id) {
            return Err(ImportError::BuiltinTemplateId(template.id.to_string()));
        }
        let placed = here.templates.place(&template, &[]);
        return Ok(ImportPlan::Template {
            template: Box::new(template),
            placed,
        });
    }
    let empty = Vec::new();
    let (raw_drafts, raw_templates, raw_occasions, raw_branches): (
        &[Value],
        &[Value],
        &[Value],
        &[Value],
    ) = if format == Some(BACKUP_FORMAT) {
        match field("version").map(Value::as_u64) {
            Some(Some(v)) if v > u64::from(BACKUP_VERSION) => {
                return Err(ImportError::NewerBackup(v))
            }
            Some(Some(_)) => {}
            Some(None) => return Err(ImportError::NotOurs),
            None => return Err(ImportError::Shape("缺少“version”。".into())),
        }
        let list = |key: &'static str| match field(key) {
            None => Ok(empty.as_slice()),
            Some(Value::Array(a)) => Ok(a.as_slice()),
            Some(_) => Err(ImportError::Shape(format!("“{key}”应是列表。"))),
        };
        match value.get("drafts").and_then(Value::as_array) {
            Some(drafts) => (
                drafts,
                list("templates")?,
                list("occasions")?,
                list("branches")?,
            ),
            None => return Err(ImportError::Shape("“drafts”应是草稿列表。".into())),
        }
    } else if field("schema").is_some() && field("id").is_some() {
        (std::slice::from_ref(&value), &[], &[], &[])
    } else {
        return Err(ImportError::NotOurs);
    };
    if raw_drafts.is_empty() {
        return Err(ImportError::NoDrafts);
    }
    let mut plan = DraftsPlan::default();
    let renamed = carried_templates(raw_templates, here.templates, &mut plan);
    let occasions_renamed = carried_occasions(raw_occasions, here.occasions, &mut plan);
    for raw in raw_branches {
        match Summary::from_value(raw) {
            Ok(s) => plan.branches.push(s),
            Err(e) => plan.refused.push(Refused {
                what: format!(
                    "支部汇总“{}”",
                    raw.get("branch").and_then(Value::as_str).unwrap_or("")
                ),
                error: ImportError::Shape(e.to_string()),
            }),
        }
    }
    let mut seen = BTreeSet::new();
    for raw in raw_drafts {
        let rename = |d: &mut Draft| {
            for (from, to) in &renamed {
                d.rename_template(from, to);
            }
            for (from, to) in &occasions_renamed {
                d.rename_occasion(from, to);
            }
        };
        match check_draft(raw, here, &plan.templates, rename, &mut seen) {
            Ok((incoming, repaired)) => {
                plan.repaired_ids += repaired;
                plan.incoming.push(incoming);
            }
            Err(error) => plan.refused.push(Refused {
                what: format!("草稿“{}”", draft_name(raw)),
                error,
            }),
        }
    }
    let refused_drafts = plan.refused.iter().filter(|r| r.what.starts_with("草稿"));
    if plan.incoming.is_empty() {
        let mut refused: Vec<Refused> = refused_drafts.cloned().collect();
        return Err(match refused.len() {
            1 => refused.remove(0).error,
            _ => ImportError::NoneImportable(refused),
        });
    }
    Ok(ImportPlan::Drafts(plan))
}

/// Reads the department templates a backup carries into `plan`: those not
/// here are added; one whose id and version is here with other content is
/// kept beside it, renamed. Returns the renames, for the drafts. A template
/// that cannot be read is refused; the drafts that need it are then refused
/// too. Built-in ids are skipped: every copy of the app has those.
fn carried_templates(
    raw: &[Value],
    library: &TemplateLibrary,
    plan: &mut DraftsPlan,
) -> Vec<(TemplateRef, TemplateId)> {
    let mut renamed = Vec::new();
    for v in raw {
        let read = Template::from_value(v)
            .map_err(ImportError::Template)
            .and_then(|t| check_template_ids(&t).map(|_| t));
        let t = match read {
            Ok(t) => t,
            Err(error) => {
                let title = v
                    .get("title")
                    .and_then(Value::as_str)
                    .unwrap_or("（无标题）");
                plan.refused.push(Refused {
                    what: format!("模板“{title}”"),
                    error,
                });
                continue;
            }
        };
        if library.is_builtin(&t.id) || plan.templates.contains(&t) {
            continue;
        }
        let reserved: Vec<String> = plan.templates.iter().map(|t| t.id.to_string()).collect();
        match library.place(&t, &reserved) {
            Placed::Same => {}
            Placed::New => plan.templates.push(t),
            Placed::Beside { to, added, .. } => {
                let to = TemplateId::from(to);
                plan.beside.push(format!(
                    "模板“{}”（第 {} 版）与本机同编号的模板内容不同，已另存为“{}”，本机原有的模板不变。",
                    t.title,
                    t.version,
                    imported_name(&t.title)
                ));
                renamed.push((t.reference(), to.clone()));
                if added {
                    plan.templates.push(beside(&t, &to));
                }
            }
        }
    }
    renamed
}

/// Reads the occasions a backup carries into `plan`, placed as an occasions
/// import places them. Returns the renames (old id, new id), for the drafts.
fn carried_occasions(
    raw: &[Value],
    library: &OccasionLibrary,
    plan: &mut DraftsPlan,
) -> Vec<(String, String)> {
    let set = serde_json::json!({
        "format": OCCASIONS_FORMAT,
        "format_version": crate::occasion::OCCASIONS_FORMAT_VERSION,
        "occasions": raw,
    });
    if raw.is_empty() {
        return Vec::new();
    }
    let set = match OccasionSet::from_value(&set) {
        Ok(set) => set,
        Err(e) => {
            plan.refused.push(Refused {
                what: "场合设置".into(),
                error: ImportError::Occasions(e),
            });
            return Vec::new();
        }
    };
    let mut after = library.clone();
    let placed = after.add(set.occasions.clone());
    let mut renamed = Vec::new();
    for (o, placed) in set.occasions.iter().zip(placed) {
        if let Placed::Beside { from, to, .. } = placed {
            plan.beside.push(format!(
                "场合“{}”与本机同编号的场合内容不同，已另存为“{}”，本机原有的场合不变。",
                o.label,
                imported_name(&o.label)
            ));
            renamed.push((from, to));
        }
    }
    plan.occasions = set.occasions;
    renamed
}

/// Reads and checks one draft of a file (after `rename` pointed it at the
/// templates and occasions kept beside ones here): a safe id, not twice in
/// the file, every template it uses here or carried by the file. Returns it and how
/// many of its problem ids were repaired.
fn check_draft(
    raw: &Value,
    here: Here,
    carried: &[Template],
    rename: impl Fn(&mut Draft),
    seen: &mut BTreeSet<DraftId>,
) -> Result<(Incoming, usize), ImportError> {
    let name = draft_name(raw);
    let (mut draft, repaired) =
        Draft::from_value_repaired(raw).map_err(|error| ImportError::Draft {
            name: name.clone(),
            error,
        })?;
    rename(&mut draft);
    if !is_safe_id(&draft.id) {
        return Err(ImportError::UnsafeId {
            what: "草稿编号",
            id: draft.id.to_string(),
        });
    }
    if !seen.insert(draft.id.clone()) {
        return Err(ImportError::Shape(format!(
            "草稿编号“{}”在文件中出现了两次。",
            draft.id
        )));
    }
    let mut unknown_answers = 0;
    for r in &draft.templates {
        let here_or_carried = here
            .templates
            .get(r)
            .map(|t| &**t)
            .or_else(|| carried.iter().find(|t| t.reference() == *r));
        let Some(t) = here_or_carried else {
            let other_version =
                here.templates.latest(&r.id).is_some() || carried.iter().any(|t| t.id == r.id);
            return Err(match other_version {
                true => ImportError::UnknownTemplateVersion {
                    draft: draft.name.clone(),
                    template: r.id.to_string(),
                    version: r.version,
                },
                false => ImportError::UnknownTemplate {
                    draft: draft.name.clone(),
                    template: r.id.to_string(),
                },
            });
        };
        unknown_answers += score_template(t, &draft).unknown_answers.len();
    }
    if let Some(extra) = draft.answers.keys().find(|k| !draft.covers(k)) {
        return Err(ImportError::UnknownTemplate {
            draft: draft.name.clone(),
            template: extra.to_string(),
        });
    }
    let exists = here.drafts.contains(&draft.id.as_str());
    Ok((
        Incoming {
            draft,
            exists,
            unknown_answers,
        },
        repaired,
    ))
}

impl ImportPlan {
    /// What to tell the person once the import is applied.
    pub fn done_message(&self, file_name: &str) -> String {
        match self {
            ImportPlan::Template { template, placed } => match placed {
                Placed::Same => format!(
                    "模板“{}”（第 {} 版）本机已有，内容相同，没有改动。",
                    template.title, template.version
                ),
                Placed::New => format!(
                    "已导入模板“{}”（第 {} 版），可在“新建自评”时选用。用旧版做的草稿仍按旧版的条目和评分。",
                    template.title, template.version
                ),
                Placed::Beside { .. } => format!(
                    "本机已有同编号、同版本但内容不同的模板，导入的模板已另存为“{}”，可在“新建自评”时选用；本机原有的模板和用它做的草稿不变。",
                    imported_name(&template.title)
                ),
            },
            ImportPlan::Occasions { placed, .. } => {
                let count = |f: fn(&Placed) -> bool| placed.iter().filter(|p| f(p)).count();
                let new = count(|p| matches!(p, Placed::New));
                let beside = count(|p| matches!(p, Placed::Beside { .. }));
                let mut message = format!("已导入场合设置：新增 {new} 个场合");
                if beside > 0 {
                    message.push_str(&format!(
                        "，{beside} 个与本机同编号的场合内容不同，已另存并在名称后标注“（导入）”"
                    ));
                }
                let same = placed.len() - new - beside;
                if same > 0 {
                    message.push_str(&format!("，{same} 个与本机已有的相同"));
                }
                message.push_str("。已保存在本机，可在“材料用于”中选用。");
                message
            }
            ImportPlan::Drafts(plan) => {
                let count = plan.incoming.len();
                let unknown: usize = plan.incoming.iter().map(|i| i.unknown_answers).sum();
                let mut message = format!("已从“{file_name}”导入 {count} 份草稿");
                if !plan.templates.is_empty() {
                    message.push_str(&format!(
                        "，以及草稿使用的 {} 个评价模板",
                        plan.templates.len()
                    ));
                }
                if !plan.occasions.is_empty() {
                    message.push_str(&format!(
                        "和 {} 个场合设置",
                        plan.occasions.len()
                    ));
                }
                if !plan.branches.is_empty() {
                    message.push_str(&format!("，{} 份支部汇总", plan.branches.len()));
                }
                message.push('。');
                for b in &plan.beside {
                    message.push_str(b);
                }
                if !plan.refused.is_empty() {
                    message.push_str(&format!("另有 {} 项未导入：", plan.refused.len()));
                    for r in &plan.refused {
                        message.push_str(&format!("{}——{}", r.what, r.error));
                    }
                }
                if plan.repaired_ids > 0 {
                    message.push_str(&format!(
                        "有 {} 个问题的编号缺失或重复，已重新编号。",
                        plan.repaired_ids
                    ));
                }
                if unknown > 0 {
                    message.push_str(&format!(
                        "其中 {unknown} 条答案对应的条目在当前模板中已不存在，已原样保留，但不计入得分。"
                    ));
                }
                message
            }
        }
    }
}

/// Applies a confirmed draft import to `drafts`. With [`OnConflict::KeepBoth`]
/// a draft whose id exists gets `new_id(n)` and "（导入）" after its name;
/// with `Replace` it takes the existing draft's place. A draft whose id is
/// `held` (a stored value that could not be read has it, and is kept as it
/// is) gets a new id either way: under its own it could never be saved.
/// New drafts go first.
pub fn apply_drafts(
    drafts: &mut Vec<Draft>,
    incoming: Vec<Incoming>,
    on_conflict: OnConflict,
    mut new_id: impl FnMut(usize) -> DraftId,
    held: impl Fn(&DraftId) -> bool,
) {
    let mut added = Vec::new();
    // Ids given anew, so a carried draft still points at its source.
    let mut renamed: Vec<(DraftId, DraftId)> = Vec::new();
    for (n, inc) in incoming.into_iter().enumerate() {
        let mut d = inc.draft;
        match drafts.iter().position(|e| e.id == d.id) {
            Some(i) if on_conflict == OnConflict::Replace && !held(&d.id) => drafts[i] = d,
            None if !held(&d.id) => added.push(d),
            _ => {
                let id = new_id(n);
                renamed.push((std::mem::replace(&mut d.id, id), d.id.clone()));
                // The same file imported twice: （导入）, then （导入2）….
                let taken = |name: &str| drafts.iter().chain(&added).any(|e| e.name == name);
                let mut name = imported_name(&d.name);
                for k in 2.. {
                    if !taken(&name) {
                        break;
                    }
                    name = format!("{}（导入{k}）", d.name);
                }
                d.name = name;
                added.push(d);
            }
        }
    }
    for d in &mut added {
        if let Some(from) = d.carried_from.as_mut() {
            if let Some((_, to)) = renamed.iter().find(|(old, _)| old == from) {
                *from = to.clone();
            }
        }
    }
    drafts.splice(0..0, added);
}
