/** Size and colour of organisations: default appearance and the palettes the map shares. */
export { applyAppearance, defaultSizeMetric } from './apply-appearance.js';
export { categoryColors, type CategoryColoring } from './category-colors.js';
export { sizeScale, mapSizeRange, MIN_NODE_SIZE, MAX_NODE_SIZE } from './size-scale.js';
export { CATEGORY_PALETTE, OTHER_COLOR, TYPE_COLORS, ROLE_COLORS, PRODUCT_COLOR } from './palette.js';
