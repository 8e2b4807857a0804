// How big the career center is: the full program (1,500 seekers of 300 people and 40
// conversations each, about 450,000 people), or a small one for the smoke run's few seconds.

export interface CenterSizes {
  seekers: number;
  peoplePerSeeker: number;
  conversationsPerSeeker: number;
  organizationsPerSeeker: number;
}

export const FULL_CENTER: CenterSizes = {
  seekers: 1_500,
  peoplePerSeeker: 300,
  conversationsPerSeeker: 40,
  organizationsPerSeeker: 30,
};

export const SMOKE_CENTER: CenterSizes = {
  seekers: 30,
  peoplePerSeeker: 20,
  conversationsPerSeeker: 8,
  organizationsPerSeeker: 5,
};

export function centerSizes(smoke: boolean): CenterSizes {
  return smoke ? SMOKE_CENTER : FULL_CENTER;
}
