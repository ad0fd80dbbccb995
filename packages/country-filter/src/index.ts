// Placeholder until the widget lands: the package index defines the element.
export {};
