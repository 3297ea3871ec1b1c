// Renders LINE message objects (Flex bubbles/carousels, templates, images) as DOM, close enough to
// LINE's look to read a coupon card and tap its buttons. Text always goes through textContent.
"use strict";

const FlexRender = (() => {
  const FONT = { xxs: 11, xs: 13, sm: 14, md: 16, lg: 19, xl: 22, xxl: 29, "3xl": 35, "4xl": 48, "5xl": 74 };
  const SPACE = { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 };

  function px(value, table) {
    if (value === undefined || value === null) return undefined;
    if (table && value in table) return table[value] + "px";
    return /^\d+(\.\d+)?$/.test(String(value)) ? value + "px" : String(value);
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function applyCommon(node, c, parentSpacing, isFirst) {
    const margin = c.margin !== undefined ? px(c.margin, SPACE) : (!isFirst ? parentSpacing : undefined);
    if (margin) node.style.marginTop = margin;
    if (c.flex !== undefined) node.style.flex = String(c.flex);
    if (c.backgroundColor) node.style.backgroundColor = c.backgroundColor;
    for (const side of ["paddingAll", "paddingTop", "paddingBottom", "paddingStart", "paddingEnd"]) {
      if (c[side] === undefined) continue;
      const v = px(c[side], SPACE);
      if (side === "paddingAll") node.style.padding = v;
      else node.style[{ paddingTop: "paddingTop", paddingBottom: "paddingBottom",
                        paddingStart: "paddingLeft", paddingEnd: "paddingRight" }[side]] = v;
    }
    if (c.cornerRadius) node.style.borderRadius = px(c.cornerRadius, SPACE);
    if (c.borderWidth) node.style.border = `${px(c.borderWidth)} solid ${c.borderColor || "#ddd"}`;
    if (c.width) node.style.width = px(c.width); if (c.height) node.style.height = px(c.height);
    if (c.justifyContent) node.style.justifyContent = c.justifyContent.replace("flex-", "flex-");
    if (c.alignItems) node.style.alignItems = c.alignItems;
  }

  function component(c, onAction, spacing, isFirst, horizontalParent) {
    let node;
    switch (c.type) {
      case "box": {
        node = el("div", `flex-box ${c.layout || "vertical"}`);
        const gap = px(c.spacing, SPACE);
        (c.contents || []).forEach((child, i) => {
          const childNode = component(child, onAction, gap, i === 0, c.layout !== "vertical");
          if (c.layout !== "vertical" && childNode.style.marginTop && child.margin === undefined) {
            childNode.style.marginTop = ""; childNode.style.marginLeft = i === 0 ? "" : gap;
          }
          if (c.layout !== "vertical" && child.flex === undefined && child.type !== "separator") childNode.style.flex = "1";
          node.appendChild(childNode);
        });
        break;
      }
      case "text": case "span": {
        node = el("div", "flex-text" + (c.wrap ? "" : " nowrap"));
        if (c.contents && c.contents.length) {
          for (const span of c.contents) {
            const s = el("span", "", span.text || "");
            if (span.color) s.style.color = span.color; if (span.weight === "bold") s.style.fontWeight = "bold";
            if (span.size) s.style.fontSize = px(span.size, FONT);
            if (span.decoration === "line-through") s.style.textDecoration = "line-through";
            node.appendChild(s);
          }
        } else node.textContent = c.text || "";
        node.style.fontSize = px(c.size || "md", FONT);
        if (c.weight === "bold") node.style.fontWeight = "bold";
        if (c.color) node.style.color = c.color;
        if (c.align) node.style.textAlign = { start: "left", end: "right", center: "center" }[c.align];
        if (c.decoration === "line-through") node.style.textDecoration = "line-through";
        if (c.style === "italic") node.style.fontStyle = "italic";
        if (c.action) { node.style.cursor = "pointer"; node.addEventListener("click", () => onAction(c.action)); }
        break;
      }
      case "button": {
        node = el("button", `flex-button ${c.style || "link"}`, (c.action && c.action.label) || "");
        node.type = "button";
        if (c.color) node.style[c.style === "link" || !c.style ? "color" : "backgroundColor"] = c.color;
        if (c.height === "sm") node.style.padding = ".3rem";
        node.addEventListener("click", () => onAction(c.action));
        break;
      }
      case "image": {
        node = el("img", "flex-image");
        node.src = c.url; node.alt = "";
        if (c.aspectRatio) node.style.aspectRatio = c.aspectRatio.replace(":", "/");
        if (c.aspectMode === "cover") node.style.objectFit = "cover";
        node.style.width = "100%";
        break;
      }
      case "icon": node = el("img", "flex-image"); node.src = c.url; node.style.width = px(c.size || "md", FONT); break;
      case "separator": node = el("div", "flex-separator"); if (c.color) node.style.borderColor = c.color; break;
      case "filler": node = el("div"); node.style.flex = String(c.flex || 1); break;
      case "spacer": node = el("div"); node.style.height = px(c.size || "md", SPACE); break;
      default: node = el("div", "muted", `(${c.type})`);
    }
    applyCommon(node, c, spacing, isFirst);
    return node;
  }

  function bubble(b, onAction) {
    const node = el("div", `flex-bubble ${b.size || "mega"}`);
    const styles = b.styles || {};
    for (const part of ["header", "hero", "body", "footer"]) {
      if (!b[part]) continue;
      const wrapper = el("div", part === "hero" ? "flex-hero" : "flex-block");
      wrapper.dataset.part = part;
      if (styles[part] && styles[part].backgroundColor) wrapper.style.backgroundColor = styles[part].backgroundColor;
      if (styles[part] && styles[part].separator) wrapper.style.borderTop = "1px solid #ddd";
      wrapper.appendChild(component(b[part], onAction, undefined, true, false));
      node.appendChild(wrapper);
    }
    return node;
  }

  function flex(contents, onAction) {
    if (contents.type === "carousel") {
      const node = el("div", "flex-carousel");
      for (const b of contents.contents || []) node.appendChild(bubble(b, onAction));
      return node;
    }
    return bubble(contents, onAction);
  }

  function template(t, onAction) {
    const node = el("div", "template");
    if (t.thumbnailImageUrl) { const img = el("img", "flex-image"); img.src = t.thumbnailImageUrl; node.appendChild(img); }
    const body = el("div", "body");
    if (t.title) body.appendChild(el("div", "", t.title)).style.fontWeight = "bold";
    body.appendChild(el("div", "", t.text || ""));
    node.appendChild(body);
    for (const action of t.actions || []) {
      const b = el("button", "flex-button", action.label || ""); b.type = "button";
      b.addEventListener("click", () => onAction(action)); node.appendChild(b);
    }
    return node;
  }

  return { flex, template, el };
})();
