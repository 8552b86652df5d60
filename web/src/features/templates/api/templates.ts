import { useFunctionMutation, useFunctionQuery } from '@/lib/functions';

export const useTemplates = () => useFunctionQuery('listTemplates', {});
export const useCreateTemplate = () => useFunctionMutation('createTemplate', { invalidates: ['listTemplates'] });
export const useUpdateTemplate = () => useFunctionMutation('updateTemplate', { invalidates: ['listTemplates'] });
export const useDeleteTemplate = () => useFunctionMutation('deleteTemplate', { invalidates: ['listTemplates'] });
export const usePreview = () => useFunctionMutation('previewTemplate');
export const useProspectChoices = () => useFunctionQuery('listProspects', { limit: 50, sort: 'activity_desc' });
