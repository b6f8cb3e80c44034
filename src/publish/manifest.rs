//! `custom-elements.json`: the parts of the Custom Elements Manifest schema (version 2.1.0)
//! the project writes, as types, so that a misspelt field does not compile.

use serde::Serialize;

/// The whole manifest.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Package {
    /// The schema's version.
    pub schema_version: &'static str,
    /// The package's readme.
    pub readme: &'static str,
    /// Its modules: the loader.
    pub modules: Vec<Module>,
}

/// A JavaScript module.
#[derive(Debug, Serialize)]
pub struct Module {
    /// `javascript-module`.
    pub kind: &'static str,
    /// Its path in the package.
    pub path: &'static str,
    /// What it declares: the element's class.
    pub declarations: Vec<CustomElement>,
    /// What it exports.
    pub exports: Vec<Export>,
}

/// The element's class.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomElement {
    /// `class`.
    pub kind: &'static str,
    /// The class's name.
    pub name: &'static str,
    /// What it is.
    pub description: &'static str,
    /// The tag it is defined as.
    pub tag_name: &'static str,
    /// Always `true`.
    pub custom_element: bool,
    /// `HTMLElement`.
    pub superclass: Reference,
    /// Its attributes.
    pub attributes: Vec<Attribute>,
    /// Its properties.
    pub members: Vec<Field>,
    /// The events it dispatches.
    pub events: Vec<Typed>,
    /// Its CSS parts.
    pub css_parts: Vec<Described>,
    /// The custom properties it reads.
    pub css_properties: Vec<Described>,
}

/// A reference to a declaration by name (and module).
#[derive(Debug, Serialize)]
pub struct Reference {
    /// The declaration's name.
    pub name: &'static str,
    /// The module that declares it, if not the global scope.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub module: Option<&'static str>,
}

/// An attribute.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attribute {
    /// Its name.
    pub name: &'static str,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: Type,
    /// What it does.
    pub description: &'static str,
    /// The property that reflects it.
    pub field_name: &'static str,
}

/// A property (a class field).
#[derive(Debug, Serialize)]
pub struct Field {
    /// `field`.
    pub kind: &'static str,
    /// Its name.
    pub name: &'static str,
    /// Its type.
    #[serde(rename = "type")]
    pub type_text: Type,
    /// What it holds.
    pub description: &'static str,
    /// The attribute it reflects, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<&'static str>,
    /// Whether it reflects to that attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reflects: Option<bool>,
    /// Whether it is read-only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readonly: Option<bool>,
}

/// An item with a type and a description: an event.
#[derive(Debug, Serialize)]
pub struct Typed {
    /// Its name.
    pub name: &'static str,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: Type,
    /// What it means.
    pub description: &'static str,
}

/// An item with a description: a CSS part or custom property.
#[derive(Debug, Serialize)]
pub struct Described {
    /// Its name.
    pub name: &'static str,
    /// What it styles.
    pub description: &'static str,
}

/// A TypeScript type.
#[derive(Debug, Serialize)]
pub struct Type {
    /// The type, as TypeScript writes it.
    pub text: &'static str,
}

/// An export of the module.
#[derive(Debug, Serialize)]
pub struct Export {
    /// `js` or `custom-element-definition`.
    pub kind: &'static str,
    /// The exported name (the class, or the tag).
    pub name: &'static str,
    /// What it exports.
    pub declaration: Reference,
}
