// PROVISIONAL: hand-written from functions.md until the contract generator's file lands here.
// On merge the contract branch's version of this file wins.

export type ProspectStatus = 'new' | 'contacted' | 'engaged' | 'qualified' | 'meeting_booked' | 'meeting_completed' | 'customer' | 'lost' | 'nurture' | 'unsubscribed';
export type CampaignStatus = 'draft' | 'active' | 'paused' | 'completed' | 'archived';
export type MessageType = 'initial_outreach' | 'follow_up' | 'reply_response' | 'meeting_request';
export type ReviewStatus = 'pending' | 'approved' | 'edited' | 'rejected';
export type MeetingStatus = 'scheduled' | 'confirmed' | 'completed' | 'cancelled' | 'no_show' | 'rescheduled';
export type Channel = 'email' | 'linkedin';
export type Direction = 'outbound' | 'inbound';
export type Mode = 'autopilot' | 'semi_automatic';
export type OnboardingStepName = 'icp' | 'persona' | 'limits' | 'warmup';
export type ConnectionStatus = 'pending' | 'accepted' | 'rejected';
export type MeetingWhen = 'upcoming' | 'past';
export type ProspectSort = 'created_desc' | 'activity_desc';

export interface User { id: string; email: string; fullName: string | null; companyName: string | null; timezone: string; createdAt: string; onboardingCompleted: boolean }
export interface SessionInfo { token: string; expiresAt: string }
export interface AuthResult { user: User; session: SessionInfo }
export interface IcpCriteria { industries: string[]; jobTitles: string[]; companySizes: string[]; locations: string[] }
export interface Channels { linkedin: boolean; email: boolean }
export interface CampaignStats { totalProspects: number; contacted: number; replied: number; qualified: number; meetingsBooked: number }
export interface Campaign { id: string; name: string; description: string | null; status: CampaignStatus; icpCriteria: IcpCriteria; channels: Channels; dailySendLimit: number; createdAt: string; updatedAt: string; stats: CampaignStats }
export interface ProspectSummary { id: string; campaignId: string | null; fullName: string; jobTitle: string | null; companyName: string; status: ProspectStatus; isVip: boolean; linkedinUrl: string | null; email: string | null; lastActivityAt: string | null; createdAt: string }
export interface Enrichment { talkingPoints: string[]; painPoints: string[]; recentActivity: string | null; techStack: string[]; companyData: Record<string, unknown>; confidenceScore: number; personalizationScore: number; model: string; enrichedAt: string }
export interface Message { id: string; direction: Direction; channel: Channel; subject: string | null; text: string; aiGenerated: boolean; confidenceScore: number | null; sentiment: string | null; at: string }
export interface ReviewItem { id: string; prospect: ProspectSummary; messageType: MessageType; channel: Channel; proposedSubject: string | null; proposedMessage: string; confidenceScore: number; reasoning: string | null; blockedTopics: string[]; status: ReviewStatus; editedSubject: string | null; editedMessage: string | null; rejectionReason: string | null; priority: number; createdAt: string; reviewedAt: string | null }
export interface Meeting { id: string; prospectId: string; prospectName: string; companyName: string; campaignId: string | null; title: string; scheduledAt: string; durationMinutes: number; meetingLink: string | null; status: MeetingStatus; notes: string | null; cancellationReason: string | null }
export interface Warmup { startedAt: string; plannedDays: number; likes: number; comments: number; connectionStatus: ConnectionStatus | null }
export interface Prospect extends ProspectSummary { location: string | null; vipReason: string | null; source: string | null; enrichment: Enrichment | null; messages: Message[]; meetings: Meeting[]; pendingReviews: ReviewItem[]; warmup: Warmup | null }
export interface Template { id: string; name: string; channel: Channel; useCase: string; subject: string | null; body: string; variables: string[]; system: boolean }
export interface WarmupSettings { minDays: number; maxDays: number; dailyActionLimit: number }
export interface NotificationSettings { email: boolean; inApp: boolean }
export interface Settings { aiConfidenceThreshold: number; dailyEmailLimit: number; timezone: string; mode: Mode; warmup: WarmupSettings; blacklistedTerms: string[]; notifications: NotificationSettings }
export interface ActivityEvent { id: string; type: string; prospectId: string | null; summary: string; at: string }
export interface SessionListItem { id: string; createdAt: string; lastSeenAt: string; userAgent: string | null; current: boolean }
export interface OnboardingStep { step: OnboardingStepName; done: boolean }
export interface OnboardingStatus { steps: OnboardingStep[]; completed: boolean }
export interface DashboardStats { healthScore: number; prospectsTotal: number; prospectsThisWeek: number; replyRate: number; meetingsUpcoming: number; reviewPending: number; emailsHandedOffToday: number; dailyEmailLimit: number }
export interface PipelineStage { status: ProspectStatus; count: number }
export interface Page<T> { items: T[]; nextCursor: string | null }
export interface PageInput { limit?: number; cursor?: string }
export interface BulkApproveResult { approved: string[]; failed: { id: string; code: string }[] }
export interface MeetingDetail extends Meeting { prospect: ProspectSummary; recentMessages: Message[] }
export interface Health { status: 'UP' | 'DOWN'; components: Record<string, { status: string }>; version: string; instance: string }

export interface FunctionMap {
  signup: { input: { email: string; password: string; fullName?: string; companyName?: string }; output: AuthResult };
  login: { input: { email: string; password: string }; output: AuthResult };
  logout: { input: Record<string, never>; output: { revoked: number } };
  logoutEverywhere: { input: Record<string, never>; output: { revoked: number } };
  listSessions: { input: Record<string, never>; output: { items: SessionListItem[] } };
  me: { input: Record<string, never>; output: User };
  updateMe: { input: { fullName?: string; companyName?: string; timezone?: string }; output: User };
  changePassword: { input: { currentPassword: string; newPassword: string }; output: { ok: boolean } };
  getSettings: { input: Record<string, never>; output: Settings };
  updateSettings: { input: Partial<Omit<Settings, 'warmup' | 'notifications'>> & { warmup?: Partial<WarmupSettings>; notifications?: Partial<NotificationSettings> }; output: Settings };
  exportMyData: { input: Record<string, never>; output: Record<string, unknown> };
  deleteAccount: { input: { password: string }; output: { deleted: boolean } };
  onboardingStatus: { input: Record<string, never>; output: OnboardingStatus };
  saveOnboardingStep: { input: { step: OnboardingStepName; data: Record<string, unknown> }; output: OnboardingStatus };
  completeOnboarding: { input: { campaignName?: string }; output: Campaign };
  listCampaigns: { input: { status?: CampaignStatus }; output: { items: Campaign[] } };
  createCampaign: { input: { name: string; description?: string; icpCriteria?: IcpCriteria; channels?: Channels; dailySendLimit?: number }; output: Campaign };
  getCampaign: { input: { id: string }; output: Campaign };
  updateCampaign: { input: { id: string; name?: string; description?: string; icpCriteria?: IcpCriteria; channels?: Channels; dailySendLimit?: number; status?: CampaignStatus }; output: Campaign };
  listProspects: { input: PageInput & { campaignId?: string; status?: ProspectStatus[]; vip?: boolean; search?: string; sort?: ProspectSort }; output: Page<ProspectSummary> };
  getProspect: { input: { id: string }; output: Prospect };
  createProspect: { input: { campaignId?: string; fullName: string; companyName: string; jobTitle?: string; linkedinUrl?: string; email?: string }; output: ProspectSummary };
  updateProspect: { input: { id: string; status?: ProspectStatus; isVip?: boolean; vipReason?: string; campaignId?: string }; output: ProspectSummary };
  deleteProspect: { input: { id: string }; output: { deleted: boolean } };
  listReviewQueue: { input: PageInput & { status?: ReviewStatus }; output: Page<ReviewItem> };
  approveMessage: { input: { id: string }; output: ReviewItem };
  editMessage: { input: { id: string; subject?: string; message: string }; output: ReviewItem };
  rejectMessage: { input: { id: string; reason?: string }; output: ReviewItem };
  bulkApprove: { input: { ids: string[] }; output: BulkApproveResult };
  listMeetings: { input: PageInput & { when: MeetingWhen }; output: Page<Meeting> };
  getMeeting: { input: { id: string }; output: MeetingDetail };
  cancelMeeting: { input: { id: string; reason?: string }; output: Meeting };
  dashboardStats: { input: Record<string, never>; output: DashboardStats };
  dashboardPipeline: { input: { campaignId?: string }; output: { stages: PipelineStage[] } };
  activityStream: { input: PageInput; output: Page<ActivityEvent> };
  listTemplates: { input: Record<string, never>; output: { items: Template[] } };
  createTemplate: { input: { name: string; channel: Channel; useCase: string; subject?: string; body: string }; output: Template };
  updateTemplate: { input: { id: string; name?: string; channel?: Channel; useCase?: string; subject?: string; body?: string }; output: Template };
  deleteTemplate: { input: { id: string }; output: { deleted: boolean } };
  previewTemplate: { input: { templateId?: string; body?: string; subject?: string; prospectId: string }; output: { subject: string | null; body: string } };
}

export type FunctionName = keyof FunctionMap;
export type AccessClass = 'public' | 'user' | 'integration';

export const FUNCTION_ACCESS: Record<FunctionName, AccessClass> = {
  signup: 'public', login: 'public', logout: 'user', logoutEverywhere: 'user', listSessions: 'user', me: 'user', updateMe: 'user',
  changePassword: 'user', getSettings: 'user', updateSettings: 'user', exportMyData: 'user', deleteAccount: 'user',
  onboardingStatus: 'user', saveOnboardingStep: 'user', completeOnboarding: 'user', listCampaigns: 'user', createCampaign: 'user',
  getCampaign: 'user', updateCampaign: 'user', listProspects: 'user', getProspect: 'user', createProspect: 'user', updateProspect: 'user',
  deleteProspect: 'user', listReviewQueue: 'user', approveMessage: 'user', editMessage: 'user', rejectMessage: 'user', bulkApprove: 'user',
  listMeetings: 'user', getMeeting: 'user', cancelMeeting: 'user', dashboardStats: 'user', dashboardPipeline: 'user', activityStream: 'user',
  listTemplates: 'user', createTemplate: 'user', updateTemplate: 'user', deleteTemplate: 'user', previewTemplate: 'user',
};

export interface FieldConstraint { required?: boolean; min?: number; max?: number; minLength?: number; maxLength?: number; format?: 'email' | 'uuid' | 'url' | 'timezone'; notAllOneClass?: boolean }

export const CONSTRAINTS = {
  signup: { email: { required: true, format: 'email', maxLength: 254 }, password: { required: true, minLength: 10, maxLength: 200, notAllOneClass: true }, fullName: { maxLength: 200 }, companyName: { maxLength: 200 } },
  login: { email: { required: true, format: 'email' }, password: { required: true } },
  changePassword: { currentPassword: { required: true }, newPassword: { required: true, minLength: 10, maxLength: 200, notAllOneClass: true } },
  updateMe: { fullName: { maxLength: 200 }, companyName: { maxLength: 200 }, timezone: { format: 'timezone' } },
  updateSettings: { aiConfidenceThreshold: { min: 0, max: 100 }, dailyEmailLimit: { min: 1, max: 100 }, 'warmup.minDays': { min: 7, max: 15 }, 'warmup.maxDays': { min: 7, max: 15 }, 'warmup.dailyActionLimit': { min: 1, max: 40 } },
  createTemplate: { name: { required: true, maxLength: 200 }, body: { required: true, maxLength: 10000 }, subject: { maxLength: 500 } },
  createProspect: { fullName: { required: true, maxLength: 200 }, companyName: { required: true, maxLength: 200 }, email: { format: 'email' }, linkedinUrl: { format: 'url' } },
  editMessage: { message: { required: true, maxLength: 10000 }, subject: { maxLength: 500 } },
  createCampaign: { name: { required: true, maxLength: 200 }, dailySendLimit: { min: 1, max: 100 } },
  listProspects: { limit: { min: 1, max: 100 } },
} as const satisfies Record<string, Record<string, FieldConstraint>>;
