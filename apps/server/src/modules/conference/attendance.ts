import { type Attendance, attendanceOf, type RsvpStatus } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ConferenceAccess } from './conference-access.ts';
import { conferenceGroups, selectAttendanceRows, selectConference } from './conference-store.ts';

/**
 * Live attendance by group of the plan's composition: how many each group should bring, listed,
 * invited, answering yes or no, and present. Counts only — no names — so everyone who reads the
 * round may watch it on the hall screen.
 */
export async function attendance(db: Kysely<Database>, access: ConferenceAccess): Promise<Attendance> {
  const conference = await selectConference(db, access.campaign.id);
  const delegates = conference ? await selectAttendanceRows(db, conference.id) : [];
  return attendanceOf(
    conferenceGroups(access.campaign, conference),
    delegates.map((d) => ({
      groupId: d.group_id,
      rsvpStatus: d.rsvp_status as RsvpStatus,
      invitedAt: d.invited_at,
      checkedInAt: d.checked_in_at,
    })),
    conference ? conference.expected_delegates : access.campaign.plan.expectedDelegates,
  );
}
