/** One inquiry's query, shared by its pages (the cache keeps one copy for all of them). */
import { useQuery } from '@tanstack/react-query';
import { getInquiry, inquiryKeys } from './inquiries.api.ts';

export const useInquiry = (id: string) =>
  useQuery({ queryKey: inquiryKeys.detail(id), queryFn: ({ signal }) => getInquiry(id, signal) });
