/** Measure calls (an inquiry's measures, one measure, its points, import, annotations, phases, chart) and their React Query keys. */
import { api } from '../api/client.ts';
import type {
  AnnotationInput,
  ChartPhaseInput,
  DriverDiagram,
  InquiryDetail,
  Measure,
  MeasureChanges,
  MeasureChart,
  MeasureInput,
  MeasurePoint,
  MeasurePointInput,
  MeasurePointsWritten,
} from '../api/types.ts';

export const measureKeys = {
  inquiry: (id: string) => ['inquiry', id] as const,
  diagram: (id: string) => ['inquiry', id, 'driver-diagram'] as const,
  ofInquiry: (id: string) => ['inquiry', id, 'measures'] as const,
  /** Everything cached about one measure (detail, points, chart): a prefix. */
  all: (id: string) => ['measure', id] as const,
  detail: (id: string) => ['measure', id, 'detail'] as const,
  points: (id: string) => ['measure', id, 'points'] as const,
  chart: (id: string) => ['measure', id, 'chart'] as const,
};

const path = (id: string) => `/measures/${encodeURIComponent(id)}`;
const inquiryPath = (id: string) => `/inquiries/${encodeURIComponent(id)}`;

export const getInquiry = (id: string, signal?: AbortSignal) =>
  api<InquiryDetail>(inquiryPath(id), { signal });

export const getDriverDiagram = (id: string, signal?: AbortSignal) =>
  api<DriverDiagram>(`${inquiryPath(id)}/driver-diagram`, { signal });

export const listMeasures = (inquiryId: string, signal?: AbortSignal) =>
  api<{ items: Measure[] }>(`${inquiryPath(inquiryId)}/measures`, { signal }).then((list) => list.items);

export const createMeasure = (inquiryId: string, input: MeasureInput) =>
  api<Measure>(`${inquiryPath(inquiryId)}/measures`, { method: 'POST', body: input });

export const getMeasure = (id: string, signal?: AbortSignal) => api<Measure>(path(id), { signal });

export const updateMeasure = (id: string, changes: MeasureChanges) =>
  api<Measure>(path(id), { method: 'PATCH', body: changes });

export const deleteMeasure = (id: string) => api<void>(path(id), { method: 'DELETE' });

export const getChart = (id: string, signal?: AbortSignal) =>
  api<MeasureChart>(`${path(id)}/chart`, { signal });

export const listPoints = (id: string, signal?: AbortSignal) =>
  api<{ items: MeasurePoint[] }>(`${path(id)}/points`, { signal }).then((list) => list.items);

/** All the table's points in one request: the server writes all of them or none. */
export const savePoints = (id: string, points: MeasurePointInput[]) =>
  api<MeasurePointsWritten>(`${path(id)}/points`, { method: 'POST', body: { points } });

/** A CSV file sent as it is (`school_code,period,value` or `…,numerator,denominator`); all rows or none. */
export const importPoints = (id: string, file: Blob) =>
  api<MeasurePointsWritten>(`${path(id)}/import`, {
    method: 'POST',
    file,
    contentType: 'text/csv',
  });

export const addAnnotation = (id: string, input: AnnotationInput) =>
  api<unknown>(`${path(id)}/annotations`, { method: 'POST', body: input });

export const confirmChange = (id: string, input: ChartPhaseInput) =>
  api<unknown>(`${path(id)}/phases`, { method: 'POST', body: input });
