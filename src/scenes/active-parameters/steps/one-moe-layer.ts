/** Step "one-moe-layer": one MoE layer, its experts, shared expert, router and attention to scale. */
import type { ActiveStep } from '../shared';
import { oneLayer } from '../layer';

export const step: ActiveStep = (d, size, text) => oneLayer(d, size, text, false);
