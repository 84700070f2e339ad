import type { ForumData } from './api';


/** Members' names by id, for attendance and decision owners. */
export const memberNames = (forum: Pick<ForumData, 'members'>) => new Map(forum.members.map((m) => [m.id, m.name]));
