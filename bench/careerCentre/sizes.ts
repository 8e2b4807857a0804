// How big the career centre is: the full programme (1,500 seekers of 300 people and 40
// conversations each, about 450,000 people), or a small one for the smoke run's few seconds.

export interface CentreSizes {
  seekers: number;
  peoplePerSeeker: number;
  conversationsPerSeeker: number;
  organizationsPerSeeker: number;
}

export const FULL_CENTRE: CentreSizes = {
  seekers: 1_500,
  peoplePerSeeker: 300,
  conversationsPerSeeker: 40,
  organizationsPerSeeker: 30,
};

export const SMOKE_CENTRE: CentreSizes = {
  seekers: 30,
  peoplePerSeeker: 20,
  conversationsPerSeeker: 8,
  organizationsPerSeeker: 5,
};

export function centreSizes(smoke: boolean): CentreSizes {
  return smoke ? SMOKE_CENTRE : FULL_CENTRE;
}
