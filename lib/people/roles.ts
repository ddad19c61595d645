/** The ways a cable names a person, and the orders people can be listed in: shared by pages and data access. */
export const PERSON_ROLES = ["signed", "classified", "tagged", "mentioned"] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const PEOPLE_SORTS = ["count", "name"] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];
