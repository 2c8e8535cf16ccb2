/**
 * The sigma.js renderer behind the map, kept out of React's render cycle: React renders the
 * controls around it, and this hook creates the WebGL renderer once per map and hands back a
 * small controller. Hover, focus, colouring and sizing change the graph or the renderer directly,
 * so moving and zooming never cause a React render.
 */
import { useEffect, useRef, type RefObject } from 'react';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { AnalysisMap } from './analysis.types.ts';
import { buildGraph, type DrawnNode } from './map-graph.ts';
import { DIMMED_COLOUR, EDGE_COLOUR, FOCUS_EDGE_COLOUR } from './palette.ts';

/** Marked on the map's first drawn frame; the map benchmark reads it. */
export const FIRST_FRAME_MARK = 'trellis:map-first-frame';

/** Past this many nodes, labels appear only for larger nodes, so that moving stays fluid. */
const LARGE_MAP = 2_000;
const FOCUS_RATIO = 0.25;
const ANIMATION_MS = 450;

export interface MapController {
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  /** Highlights a node and its neighbours (others dimmed) and moves the camera to it; null clears. */
  focus(index: number | null): void;
  recolour(colours: readonly string[]): void;
  resize(sizes: Float32Array): void;
  /** How many nodes a node is tied to, either way. */
  neighbourCount(index: number): number;
}

interface Options {
  container: RefObject<HTMLDivElement | null>;
  tooltip: RefObject<HTMLDivElement | null>;
  map: AnalysisMap;
  colours: readonly string[];
  sizes: Float32Array;
  /** The tooltip's text for a node (kept in a ref by the caller, so a new language needs no new renderer). */
  describe: RefObject<(index: number) => string>;
  onNodeClick: RefObject<(index: number) => void>;
}

/** Creates the renderer for `map`; returns a ref to its controller (null until it exists). */
export function useSigmaMap({ container, tooltip, map, colours, sizes, describe, onNodeClick }: Options) {
  const controller = useRef<MapController | null>(null);
  // The first colours and sizes only: later changes go through the controller.
  const initial = useRef({ colours, sizes });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const graph = buildGraph(map, [...initial.current.colours], initial.current.sizes);
    let focused: { key: string; neighbours: Set<string> } | null = null;

    const renderer = new Sigma<DrawnNode>(graph, element, {
      hideEdgesOnMove: true,
      // Hidden or not yet laid out (the table view, a closing tab): draw nothing rather than throw
      // "Container has no width"; sigma draws again when the container is resized.
      allowInvalidContainer: true,
      labelRenderedSizeThreshold: graph.order > LARGE_MAP ? 10 : 5,
      labelDensity: 0.6,
      labelFont: 'system-ui, sans-serif',
      labelSize: 13,
      labelColor: { color: '#1b2430' },
      defaultEdgeColor: EDGE_COLOUR,
      defaultEdgeType: 'line',
      // Thin one-pixel lines: the cheapest edges to draw, which matters with 100,000 of them.
      edgeProgramClasses: { line: EdgeLineProgram },
      minCameraRatio: 0.02,
      maxCameraRatio: 3,
      zIndex: true,
      nodeReducer: (key, data) => {
        if (!focused) return data;
        if (key === focused.key) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
        if (focused.neighbours.has(key)) return { ...data, forceLabel: true, zIndex: 1 };
        return { ...data, color: DIMMED_COLOUR, label: null, zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        if (!focused) return data;
        const [source, target] = graph.extremities(edge);
        return source === focused.key || target === focused.key
          ? { ...data, color: FOCUS_EDGE_COLOUR, zIndex: 1 }
          : { ...data, hidden: true };
      },
    });

    let marked = false;
    renderer.on('afterRender', () => {
      if (marked) return;
      marked = true;
      performance.mark(FIRST_FRAME_MARK);
    });
    renderer.on('enterNode', ({ node, event }) => {
      const tip = tooltip.current;
      if (!tip) return;
      tip.textContent = describe.current(Number(node));
      tip.style.transform = `translate(${Math.round(event.x + 12)}px, ${Math.round(event.y + 12)}px)`;
      tip.hidden = false;
    });
    renderer.on('leaveNode', () => {
      if (tooltip.current) tooltip.current.hidden = true;
    });
    renderer.on('clickNode', ({ node }) => onNodeClick.current(Number(node)));

    const camera = renderer.getCamera();
    controller.current = {
      zoomIn: () => void camera.animatedZoom({ duration: 250 }),
      zoomOut: () => void camera.animatedUnzoom({ duration: 250 }),
      reset: () => void camera.animatedReset({ duration: 250 }),
      focus(index) {
        if (index === null) {
          focused = null;
          renderer.refresh();
          return;
        }
        const key = String(index);
        focused = { key, neighbours: new Set(graph.neighbors(key)) };
        renderer.refresh();
        const position = renderer.getNodeDisplayData(key);
        if (position)
          void camera.animate(
            { x: position.x, y: position.y, ratio: Math.min(camera.ratio, FOCUS_RATIO) },
            { duration: ANIMATION_MS },
          );
      },
      recolour(next) {
        graph.updateEachNodeAttributes(
          (key, attributes) => {
            attributes.color = next[Number(key)]!;
            return attributes;
          },
          { attributes: ['color'] },
        );
      },
      resize(next) {
        graph.updateEachNodeAttributes(
          (key, attributes) => {
            attributes.size = next[Number(key)]!;
            return attributes;
          },
          { attributes: ['size'] },
        );
      },
      neighbourCount: (index) => graph.neighbors(String(index)).length,
    };
    return () => {
      controller.current = null;
      renderer.kill();
      graph.clear();
    };
  }, [container, tooltip, map, describe, onNodeClick]);

  return controller;
}
