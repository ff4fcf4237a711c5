import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';

/** Names the page in the browser tab, in the interface language (the route's `meta.title` key). */
export function usePageTitle(): void {
  const route = useRoute();
  const { t } = useI18n();
  watchEffect(() => {
    const title = typeof route.meta.title === 'string' ? route.meta.title : null;
    document.title = title ? `${t(title)} · ${t('app.title')}` : t('app.title');
  });
}
