// Detail records for cards, the popup and entity pages (generated/details.json).
import type { Article } from './schema';

export interface RoleRef {
  drama: string;
  title: string;
  year: number;
  role: string;
  lead: boolean;
}
export interface CastRef {
  actor: string;
  name: string;
  hangul: string;
  role: string;
  lead: boolean;
}
export interface ActorDetail {
  kind: 'actor';
  id: string;
  name: string;
  hangul: string;
  birthName?: string;
  birthNameHangul?: string;
  birthYear?: number;
  agency?: string;
  group?: string;
  aka: string[];
  roles: RoleRef[];
  /** indexes into Details.articles */
  articles: number[];
  sourceUrl?: string;
}
export interface DramaDetail {
  kind: 'drama';
  id: string;
  name: string;
  hangul: string;
  aka: string[];
  year: number;
  network: string[];
  episodes?: number;
  genres: string[];
  basedOn?: { type: string; title: string; note?: string };
  cast: CastRef[];
  summary?: string;
  articles: number[];
  sourceUrl?: string;
}
export type EntityDetail = ActorDetail | DramaDetail;

export interface Details {
  entities: Record<string, EntityDetail>;
  articles: Article[];
}
