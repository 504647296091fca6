//! Recursive types: an optional field whose type holds, by value, the type the field belongs to is
//! boxed (`Option<Box<Category>>`), so that every type has a finite size.
//!
//! Cycles made only of required fields have no finite value at all: the spec checker rejects them, so
//! every cycle has an optional field to box. Arrays already keep their items on the heap.

use std::collections::{BTreeMap, BTreeSet};

use alipay_spec::{Field, ObjectType, Spec, TypeRef};

/// The fields to box, by type name.
#[derive(Default)]
pub(crate) struct Recursion {
    boxed: BTreeMap<String, BTreeSet<String>>,
}

impl Recursion {
    pub(crate) fn of(spec: &Spec) -> Self {
        let objects: Vec<&ObjectType> = [&spec.request, &spec.response].into_iter().chain(&spec.types).collect();
        let holds: BTreeMap<&str, Vec<&str>> = objects
            .iter()
            .map(|object| (object.name.as_str(), object.fields.iter().filter_map(held_type).collect()))
            .collect();
        let reaches = |from: &str, to: &str| {
            let mut seen = BTreeSet::new();
            let mut stack = vec![from];
            while let Some(name) = stack.pop() {
                if name == to {
                    return true;
                }
                if seen.insert(name) {
                    stack.extend(holds.get(name).into_iter().flatten());
                }
            }
            false
        };
        let mut boxed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for object in &objects {
            for field in object.fields.iter().filter(|field| !field.required) {
                if held_type(field).is_some_and(|held| reaches(held, &object.name)) {
                    boxed.entry(object.name.clone()).or_default().insert(field.name.clone());
                }
            }
        }
        Self { boxed }
    }

    /// Whether `field` of `object` is boxed.
    pub(crate) fn is_boxed(&self, object: &str, field: &str) -> bool {
        self.boxed.get(object).is_some_and(|fields| fields.contains(field))
    }
}

/// The object type a field holds by value (not through an array), if any.
fn held_type(field: &Field) -> Option<&str> {
    match &field.ty {
        TypeRef::Object(name) => Some(name),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alipay_spec::{Examples, Span};

    fn field(name: &str, ty: TypeRef, required: bool) -> Field {
        Field {
            name: name.to_owned(),
            ty,
            required,
            max_length: None,
            max_items: None,
            description: String::new(),
            example: None,
            span: Span::default(),
        }
    }

    fn object(name: &str, fields: Vec<Field>) -> ObjectType {
        ObjectType { name: name.to_owned(), description: String::new(), fields, span: Span::default() }
    }

    #[test]
    fn only_optional_fields_on_a_by_value_cycle_are_boxed() {
        let to = |name: &str| TypeRef::Object(name.to_owned());
        let spec = Spec {
            method: "alipay.a.b".to_owned(),
            title: String::new(),
            description: String::new(),
            request_in: alipay_spec::RequestIn::BizContent,
            request: object("Request", vec![field("category", to("Category"), true)]),
            response: object("Response", vec![]),
            types: vec![
                object("Category", vec![field("parent", to("Category"), false), field("tree", to("Tree"), true)]),
                object(
                    "Tree",
                    vec![field("root", to("Node"), false), field("all", TypeRef::Array(Box::new(to("Tree"))), false)],
                ),
                object("Node", vec![field("owner", to("Tree"), true), field("category", to("Category"), false)]),
            ],
            enums: vec![],
            errors: vec![],
            examples: Examples::default(),
        };
        let recursion = Recursion::of(&spec);
        let boxed: Vec<_> = recursion
            .boxed
            .iter()
            .flat_map(|(object, fields)| fields.iter().map(move |field| format!("{object}.{field}")))
            .collect();
        assert_eq!(boxed, ["Category.parent", "Node.category", "Tree.root"]);
        assert!(recursion.is_boxed("Tree", "root"));
        assert!(!recursion.is_boxed("Request", "category"));
    }
}
