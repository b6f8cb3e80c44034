//! A mounted card's start-up on the Rust side: one [`Stage`], moved by three events (the card
//! has rendered, its stylesheet has loaded, the element asks to unmount), each one method. A
//! card may be unmounted in any stage and is then freed: at once once it has rendered, else
//! right after its first render (Yew creates a component after any destroy already queued,
//! so one destroyed before its first render would live on, listening).

use std::{cell::RefCell, rc::Rc};

use wasm_bindgen::JsValue;
use yew::AppHandle;

use crate::components::{NewsCard, NewsCardProps};

/// Where a mounted card is in its start-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Mounted: waiting for its first render and, in an empty shadow root, its stylesheet.
    Starting {
        /// The card has rendered (or hydrated).
        rendered: bool,
        /// Its stylesheet has loaded or failed, and the card is revealed.
        styled: bool,
    },
    /// Rendered and styled: [`Lifecycle::interactive`] has resolved.
    Interactive,
    /// Unmounted before its first render: destroyed as soon as it has rendered.
    Unmounting,
    /// Destroyed: its DOM and listeners are gone.
    Unmounted,
}

/// A card's Yew app and its stage, shared by the card and the callbacks that report its
/// renders and its stylesheet.
pub struct Lifecycle {
    stage: Stage,
    app: Option<AppHandle<NewsCard>>,
    resolve: Option<js_sys::Function>,
}

impl Lifecycle {
    /// A card that has not rendered yet; `styled` when it needs to wait for no stylesheet (its
    /// markup was prerendered with the stylesheet linked). Returns the promise that resolves
    /// once the card is interactive.
    pub fn new(styled: bool) -> (Rc<RefCell<Lifecycle>>, js_sys::Promise) {
        let mut resolve = None;
        let interactive = js_sys::Promise::new(&mut |done, _| resolve = Some(done));
        let lifecycle = Lifecycle {
            stage: Stage::Starting {
                rendered: false,
                styled,
            },
            app: None,
            resolve,
        };
        (Rc::new(RefCell::new(lifecycle)), interactive)
    }

    /// The stage the card is in.
    pub fn stage(&self) -> Stage {
        self.stage
    }

    /// Hands over the app the card renders with.
    pub fn set_app(&mut self, app: AppHandle<NewsCard>) {
        self.app = Some(app);
    }

    /// Renders the card again with `props`, unless it is unmounted.
    pub fn update(&mut self, props: NewsCardProps) {
        if let (Stage::Starting { .. } | Stage::Interactive, Some(app)) =
            (self.stage, self.app.as_mut())
        {
            app.update(props);
        }
    }

    /// Event: the card has rendered (or hydrated).
    pub fn rendered(&mut self) {
        match self.stage {
            Stage::Starting { styled: true, .. } => self.interactive(),
            Stage::Starting { styled: false, .. } => {
                self.stage = Stage::Starting {
                    rendered: true,
                    styled: false,
                }
            }
            Stage::Unmounting => self.destroy(),
            Stage::Interactive | Stage::Unmounted => {}
        }
    }

    /// Event: the card's stylesheet has loaded (or failed) and the card is revealed.
    pub fn styled(&mut self) {
        match self.stage {
            Stage::Starting { rendered: true, .. } => self.interactive(),
            Stage::Starting {
                rendered: false, ..
            } => {
                self.stage = Stage::Starting {
                    rendered: false,
                    styled: true,
                }
            }
            Stage::Interactive | Stage::Unmounting | Stage::Unmounted => {}
        }
    }

    /// Event: the element asks for the card to go, in whatever stage it is.
    pub fn unmount(&mut self) {
        match self.stage {
            Stage::Starting {
                rendered: false, ..
            } => self.stage = Stage::Unmounting,
            Stage::Starting { rendered: true, .. } | Stage::Interactive => self.destroy(),
            Stage::Unmounting | Stage::Unmounted => {}
        }
    }

    fn interactive(&mut self) {
        self.stage = Stage::Interactive;
        if let Some(resolve) = self.resolve.take() {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    }

    fn destroy(&mut self) {
        self.stage = Stage::Unmounted;
        self.resolve = None;
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
